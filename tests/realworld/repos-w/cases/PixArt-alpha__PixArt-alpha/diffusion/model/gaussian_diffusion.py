stub: upstream file of 41213 bytes
