stub: upstream file of 12762 bytes
