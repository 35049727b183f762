stub: upstream file of 3867 bytes
