stub: upstream file of 44066 bytes
