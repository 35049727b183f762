stub: upstream file of 27838 bytes
