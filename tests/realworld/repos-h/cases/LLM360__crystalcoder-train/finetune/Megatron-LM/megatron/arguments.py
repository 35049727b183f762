stub: upstream file of 71644 bytes
