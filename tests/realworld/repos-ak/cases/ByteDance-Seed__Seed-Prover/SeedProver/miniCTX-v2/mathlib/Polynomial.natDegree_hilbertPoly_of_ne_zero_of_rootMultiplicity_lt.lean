stub: upstream file of 21786 bytes
