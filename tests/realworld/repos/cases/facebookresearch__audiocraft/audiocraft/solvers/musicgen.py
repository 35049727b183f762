stub: upstream file of 37651 bytes
