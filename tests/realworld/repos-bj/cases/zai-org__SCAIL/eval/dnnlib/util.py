stub: upstream file of 17098 bytes
