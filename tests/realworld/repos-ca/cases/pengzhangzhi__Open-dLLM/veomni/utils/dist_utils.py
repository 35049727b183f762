stub: upstream file of 3177 bytes
