stub: upstream file of 20929 bytes
