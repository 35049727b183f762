stub: upstream file of 3814 bytes
