stub: upstream file of 2725 bytes
