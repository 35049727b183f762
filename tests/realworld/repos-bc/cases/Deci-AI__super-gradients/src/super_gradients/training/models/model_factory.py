stub: upstream file of 14684 bytes
