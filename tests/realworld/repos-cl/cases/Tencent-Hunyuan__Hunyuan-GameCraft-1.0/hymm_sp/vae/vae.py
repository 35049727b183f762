stub: upstream file of 17814 bytes
