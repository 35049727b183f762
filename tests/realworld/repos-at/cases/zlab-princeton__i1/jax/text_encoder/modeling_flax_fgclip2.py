stub: upstream file of 19716 bytes
