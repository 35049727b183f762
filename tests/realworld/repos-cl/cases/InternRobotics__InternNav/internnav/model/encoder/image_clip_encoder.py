stub: upstream file of 16913 bytes
