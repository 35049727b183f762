stub: upstream file of 21774 bytes
