stub: upstream file of 38718 bytes
