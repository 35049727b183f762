stub: upstream file of 32851 bytes
