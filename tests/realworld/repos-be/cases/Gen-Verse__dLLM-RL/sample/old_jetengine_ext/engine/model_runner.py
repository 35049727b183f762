stub: upstream file of 12781 bytes
