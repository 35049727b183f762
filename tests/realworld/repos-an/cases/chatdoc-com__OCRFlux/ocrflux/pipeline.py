stub: upstream file of 36814 bytes
