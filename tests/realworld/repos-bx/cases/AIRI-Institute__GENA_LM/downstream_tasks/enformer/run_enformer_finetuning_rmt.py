stub: upstream file of 19779 bytes
