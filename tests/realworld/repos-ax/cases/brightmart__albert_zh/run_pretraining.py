stub: upstream file of 19851 bytes
