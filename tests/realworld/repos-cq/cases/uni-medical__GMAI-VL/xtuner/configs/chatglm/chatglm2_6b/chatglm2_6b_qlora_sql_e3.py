stub: upstream file of 7281 bytes
