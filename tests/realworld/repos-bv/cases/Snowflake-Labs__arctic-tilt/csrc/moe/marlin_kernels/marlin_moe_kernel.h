stub: upstream file of 63686 bytes
