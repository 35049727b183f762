stub: upstream file of 11797 bytes
