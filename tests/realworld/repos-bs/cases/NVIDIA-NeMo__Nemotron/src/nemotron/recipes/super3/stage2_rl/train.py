stub: upstream file of 15687 bytes
