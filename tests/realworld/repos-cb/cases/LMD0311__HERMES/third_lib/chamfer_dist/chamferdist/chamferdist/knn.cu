stub: upstream file of 20851 bytes
