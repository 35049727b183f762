stub: upstream file of 54715 bytes
