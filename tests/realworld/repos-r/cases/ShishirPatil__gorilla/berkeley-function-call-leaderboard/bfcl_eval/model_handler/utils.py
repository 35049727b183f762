stub: upstream file of 33694 bytes
