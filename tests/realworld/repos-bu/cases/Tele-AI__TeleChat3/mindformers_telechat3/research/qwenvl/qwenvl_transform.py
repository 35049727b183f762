stub: upstream file of 8684 bytes
