stub: upstream file of 1215 bytes
