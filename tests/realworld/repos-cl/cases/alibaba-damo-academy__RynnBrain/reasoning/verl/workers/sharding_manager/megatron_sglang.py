stub: upstream file of 9841 bytes
