stub: upstream file of 24716 bytes
