stub: upstream file of 8844 bytes
