stub: upstream file of 23907 bytes
