stub: upstream file of 801701 bytes
