stub: upstream file of 725 bytes
