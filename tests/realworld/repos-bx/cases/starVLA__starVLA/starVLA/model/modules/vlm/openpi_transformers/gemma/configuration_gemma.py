stub: upstream file of 8687 bytes
