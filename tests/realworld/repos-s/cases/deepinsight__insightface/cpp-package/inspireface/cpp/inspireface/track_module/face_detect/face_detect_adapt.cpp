stub: upstream file of 6249 bytes
