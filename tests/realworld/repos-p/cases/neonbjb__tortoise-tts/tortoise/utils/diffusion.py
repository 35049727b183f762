stub: upstream file of 49162 bytes
