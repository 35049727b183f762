stub: upstream file of 165049 bytes
