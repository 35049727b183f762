stub: upstream file of 386783 bytes
