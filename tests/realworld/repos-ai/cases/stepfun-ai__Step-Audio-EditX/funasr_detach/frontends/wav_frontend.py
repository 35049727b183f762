stub: upstream file of 20440 bytes
