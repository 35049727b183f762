stub: upstream file of 13586 bytes
