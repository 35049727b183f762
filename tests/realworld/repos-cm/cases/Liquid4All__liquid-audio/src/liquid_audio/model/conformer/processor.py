stub: upstream file of 24687 bytes
