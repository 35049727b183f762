stub: upstream file of 11724 bytes
