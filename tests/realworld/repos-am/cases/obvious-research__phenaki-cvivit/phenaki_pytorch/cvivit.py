stub: upstream file of 24466 bytes
