stub: upstream file of 30779 bytes
