stub: upstream file of 1012728 bytes
