stub: upstream file of 4842 bytes
