stub: upstream file of 25464 bytes
