stub: upstream file of 9793 bytes
