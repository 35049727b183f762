stub: upstream file of 18097 bytes
